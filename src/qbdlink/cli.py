"""The ``qbdlink`` command: thin (parses, calls, prints). Decisions live in the packages."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from qbdlink.qbxml import QBXMLError, RemoteProtocolError, from_json, to_json, validate

app = typer.Typer(
    name="qbdlink",
    help="Connect a cloud application to QuickBooks Desktop.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
qbxml_app = typer.Typer(help="Validate and convert qbXML documents.", no_args_is_help=True)
app.add_typer(qbxml_app, name="qbxml")
sim_app = typer.Typer(help="The simulated QuickBooks Desktop.", no_args_is_help=True)
app.add_typer(sim_app, name="sim")

err = Console(stderr=True, highlight=False, soft_wrap=True)


class SpecVersion(StrEnum):
    """qbXML schema versions the validator knows."""

    v13 = "13.0"
    v16 = "16.0"


class EditionChoice(StrEnum):
    """QuickBooks editions with their own field rules."""

    us = "us"
    ca = "ca"


FileArgument = Annotated[
    Path, typer.Argument(help="The document to read; '-' reads standard input.", show_default=False)
]


def _read(path: Path) -> bytes:
    if str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except FileNotFoundError:
        err.print(f"[red]error:[/] {path}: no such file")
        raise typer.Exit(2) from None
    except IsADirectoryError:
        err.print(f"[red]error:[/] {path}: is a directory, not a qbXML file")
        raise typer.Exit(2) from None


def _report(path: Path, exc: QBXMLError) -> None:
    where = str(path)
    if isinstance(exc, RemoteProtocolError) and exc.line is not None:
        where += f":{exc.line}"
        if exc.column is not None:
            where += f":{exc.column}"
    message = exc.message if isinstance(exc, RemoteProtocolError) else str(exc)
    err.print(f"{escape(where)}: [red]{escape(message)}[/]")


@qbxml_app.command("validate")
def qbxml_validate(
    file: FileArgument,
    version: Annotated[
        SpecVersion | None,
        typer.Option("--version", help="Schema to check against (default: the document's)."),
    ] = None,
    edition: Annotated[
        EditionChoice | None,
        typer.Option("--edition", help="Also apply an edition's field lengths and availability."),
    ] = None,
) -> None:
    """Exit 0 if FILE is valid qbXML, else exit 1 naming the first offending element and why."""
    data = _read(file)
    try:
        used = validate(
            data,
            version=version.value if version else None,
            edition=edition.value if edition else None,
        )
    except QBXMLError as exc:
        _report(file, exc)
        raise typer.Exit(1) from None
    err.print(f"{file}: valid qbXML (checked against the {used} schema)")


@qbxml_app.command("to-json")
def qbxml_to_json(file: FileArgument) -> None:
    """Convert a qbXML document to JSON (lossless) on standard output."""
    try:
        text = to_json(_read(file))
    except QBXMLError as exc:
        _report(file, exc)
        raise typer.Exit(1) from None
    sys.stdout.write(text + "\n")


@qbxml_app.command("from-json")
def qbxml_from_json(file: FileArgument) -> None:
    """Convert JSON made by ``to-json`` back to a qbXML document on standard output."""
    try:
        document = from_json(_read(file))
    except QBXMLError as exc:
        _report(file, exc)
        raise typer.Exit(1) from None
    sys.stdout.buffer.write(document)


class SampleSize(StrEnum):
    """Sizes of the generated sample company."""

    none = "none"
    small = "small"
    medium = "medium"
    large = "large"


@sim_app.command("new")
def sim_new(
    file: Annotated[Path, typer.Argument(help="The company file to create.", show_default=False)],
    edition: Annotated[EditionChoice, typer.Option(help="QuickBooks US or Canada.")] = (
        EditionChoice.us
    ),
    name: Annotated[str | None, typer.Option(help="The company name.")] = None,
    sample: Annotated[SampleSize, typer.Option(help="Sample data to fill it with.")] = (
        SampleSize.none
    ),
) -> None:
    """Create a simulated QuickBooks company file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from qbdlink.simulator import CompanyFileError, create_company

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=sample.value == "none",
    ) as bar:
        task = bar.add_task(f"{sample.value} sample: transactions", total=None)
        try:
            create_company(
                file,
                edition=edition.value,
                name=name,
                sample=sample.value,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        except CompanyFileError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(1) from None
    err.print(f"created {file} ({edition.value.upper()} edition, sample: {sample.value})")


class AnswerChoice(StrEnum):
    """What the user clicks when QuickBooks asks to authorize an application."""

    no = "no"
    prompt = "prompt"
    when_open = "when-open"
    always = "always"


@sim_app.command("open")
def sim_open(
    file: Annotated[Path, typer.Argument(help="The company file to open.", show_default=False)],
    answer: Annotated[
        AnswerChoice,
        typer.Option(help="What the user clicks when the authorization prompt appears."),
    ] = AnswerChoice.always,
    multi_user: Annotated[
        bool, typer.Option("--multi-user", help="Open the file in multi-user mode.")
    ] = False,
) -> None:
    """Run simulated QuickBooks with FILE open, in the foreground, until Ctrl-C."""
    from qbdlink.simulator.desktop import DesktopError
    from qbdlink.simulator.server import run_foreground

    try:
        run_foreground(
            file,
            answer.value,
            mode="MultiUser" if multi_user else "SingleUser",
            log=lambda line: err.print(escape(line)),
        )
    except DesktopError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None


@sim_app.command("process")
def sim_process(
    file: Annotated[Path, typer.Argument(help="The company file.", show_default=False)],
    request: Annotated[
        Path | None,
        typer.Argument(help="A qbXML request file (default: standard input).", show_default=False),
    ] = None,
) -> None:
    """Run one qbXML message set against FILE, as an application QuickBooks always allows."""
    from qbdlink.simulator import ComError, CompanyFileError, CompanyStore, Processor

    data = _read(request) if request is not None else sys.stdin.buffer.read()
    try:
        store = CompanyStore.open(file)
    except CompanyFileError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None
    try:
        answer = Processor(store).process(data)
    except ComError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None
    finally:
        store.close()
    sys.stdout.write(answer)


@app.command("demo")
def demo(
    exit_after_summary: Annotated[
        bool, typer.Option("--exit", help="Stop after the summary instead of serving.")
    ] = False,
) -> None:
    """Show what qbdlink does today, end to end, on embedded defaults."""
    from qbdlink.demo import run_demo

    raise typer.Exit(run_demo(exit_after_summary=exit_after_summary))


@app.command("bench")
def bench(
    name: Annotated[str | None, typer.Argument(help="Run only this benchmark.")] = None,
    quick: Annotated[bool, typer.Option("--quick", help="Small inputs: a smoke run.")] = False,
) -> None:
    """Run the benchmarks and write bench/results/latest.json."""
    root = Path(__file__).resolve().parents[2]
    if not (root / "bench" / "runner.py").is_file():
        err.print("[red]error:[/] the benchmarks ship with the source checkout (bench/ not found)")
        raise typer.Exit(2)
    sys.path.insert(0, str(root))
    from bench.runner import main as run_benchmarks

    raise typer.Exit(run_benchmarks([name] if name else None, quick))


def main() -> None:
    """Entry point of the ``qbdlink`` console script."""
    app()


if __name__ == "__main__":
    main()
