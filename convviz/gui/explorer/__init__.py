"""The layer explorer tab: input view, maps, kernel editor and the panels beside them."""
