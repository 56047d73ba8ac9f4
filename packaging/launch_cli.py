"""Entry script of the frozen command line executable (``msvlo``): the same as the installed
``msvlo`` console script."""

import sys

from msvlo_desktop.cli import main

sys.exit(main())
