"""Screen handlers: plain functions ``(ws, actor, *form values) -> render-ready values``.

They call library functions and format the results; they hold no business rules, so a test
can call them without a browser and the CLI, UI and Python give the same answers.
"""
