"""Run convviz from a source checkout: `python main.py [--image PATH]`."""

import sys

from convviz.app import main

if __name__ == "__main__":
    sys.exit(main())
