"""Training a layer stack on labelled images: the data set and its split, the network that
ends in class scores, and the loop (forward, loss, backward, step). Qt-free."""
