"""``python -m qbdlink``: the ``qbdlink`` command (the Windows sign-in task starts it this way)."""

from qbdlink.cli import main

if __name__ == "__main__":
    main()
