"""One module per tab: builds the components and wires events to :mod:`assistant.ui.handlers`."""
