"""The kernel bank (filters, names, biases, undo) and its file format."""
