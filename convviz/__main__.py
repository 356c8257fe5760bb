"""`python -m convviz`."""

import sys

from convviz.app import main

sys.exit(main())
