"""Developer tools that drive the application from outside the package (run from the
repository root with ``python -m tools.<name>``): ``screenshots`` renders the user guide's
screenshots (``make screenshots``). Nothing in ``msvlo_desktop`` imports them."""
