"""``python -m msvlo_desktop.cli``: the same as the installed ``msvlo`` command."""

import sys

from msvlo_desktop.cli import main

sys.exit(main())
