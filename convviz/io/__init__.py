"""Reading and writing images, kernels and sessions (Qt-free)."""
