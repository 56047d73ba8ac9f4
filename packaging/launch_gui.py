"""Entry script of the frozen window executable (``msvlo-desktop``): the same as the
installed ``msvlo-desktop`` gui script."""

import sys

from msvlo_desktop.gui.app import main

sys.exit(main())
