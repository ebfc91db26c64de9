"""Entry point of the one-file connector (``qbdlink-connector``, built by PyInstaller).

The binary is the whole ``qbdlink`` command without the server parts: ``qbdlink-connector
--version``, ``qbdlink-connector connector status``, ... (the hub commands refuse, naming the
missing extra). Started with no arguments (a double-click), it opens the link wizard.

On Windows it is built windowed (no console window flashes up behind the wizard or the tray).
A windowed process has no standard output, so a command typed in a console would print
nothing: at start-up it attaches to the console of the process that started it, if any
(``AttachConsole(ATTACH_PARENT_PROCESS)``), and reopens its standard streams there. Output
redirected to a file or a pipe already has valid handles and is left alone. The catch, as with
any windowed program: cmd.exe does not wait for it, so its output lands after the next prompt
and ``%ERRORLEVEL%`` is not its exit code; scripts use ``start /wait qbdlink-connector.exe ...``
(or PowerShell's ``Start-Process -Wait``), or redirect its output. See docs/decisions.md.
"""

from __future__ import annotations

import os
import sys

ATTACH_PARENT_PROCESS = -1  # AttachConsole's "the console of my parent process"
NO_ARGUMENTS_COMMAND = ["connector", "wizard"]


def attach_parent_console() -> bool:
    """On Windows, give a windowed process its parent's console for stdout/stderr (True if so)."""
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return False  # a console build, a redirected stream, or not Windows: nothing to do
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    attached = bool(kernel32.AttachConsole(ATTACH_PARENT_PROCESS))
    # "CONOUT$" is the attached console's screen buffer (line-buffered, so lines show at once).
    # Started from Explorer or Task Scheduler there is no console: the streams go nowhere, but
    # exist, since some libraries write to sys.stderr without checking it for None.
    target = "CONOUT$" if attached else os.devnull
    if sys.stdout is None:
        sys.stdout = open(target, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(target, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    return attached


def main() -> None:
    """Run the ``qbdlink`` command as the one-file connector."""
    attach_parent_console()
    if len(sys.argv) == 1:
        sys.argv.extend(NO_ARGUMENTS_COMMAND)
    # Imported after the streams are set, so that nothing captures the missing ones.
    from qbdlink.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
