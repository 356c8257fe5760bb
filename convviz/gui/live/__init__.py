"""Live camera mode: the controller, its toolbar and map recording."""
