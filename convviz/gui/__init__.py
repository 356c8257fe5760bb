"""PySide6 + pyqtgraph views. Thin: they show the model and write back to it."""
