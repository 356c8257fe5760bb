"""Qt-free application state: the one place the GUI reads from and writes to."""
