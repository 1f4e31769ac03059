"""The web app (Gradio): thin screens over library functions; see :mod:`assistant.ui.app`."""
