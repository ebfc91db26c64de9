"""The ``qbdlink`` command: thin (parses, calls, prints). Decisions live in the packages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

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
hub_app = typer.Typer(help="The hub: the cloud service connectors talk to.", no_args_is_help=True)
app.add_typer(hub_app, name="hub")
hub_tenant_app = typer.Typer(
    help="Tenants (customers of the app) and API keys.", no_args_is_help=True
)
hub_app.add_typer(hub_tenant_app, name="tenant")
hub_link_app = typer.Typer(help="Links: one QuickBooks company each.", no_args_is_help=True)
hub_app.add_typer(hub_link_app, name="link")
hub_key_app = typer.Typer(
    help="API keys: issue another, list, revoke (rotate one without downtime).",
    no_args_is_help=True,
)
hub_app.add_typer(hub_key_app, name="key")
connector_app = typer.Typer(
    help="The connector on the QuickBooks PC: link companies, relay the hub's jobs.",
    no_args_is_help=True,
)
app.add_typer(connector_app, name="connector")
out = Console(highlight=False, soft_wrap=True)

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


class RegionChoice(StrEnum):
    """Hub deployments: one per region."""

    us = "us"
    ca = "ca"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (default: $QBDLINK_DATABASE_URL, else a SQLite file in the user "
        "data directory).",
        show_default=False,
    ),
]
RegionOption = Annotated[RegionChoice | None, typer.Option(help="The region this hub serves.")]


def _hub_settings(db: str | None, region: RegionChoice | None = None) -> Any:
    from qbdlink.hub import HubSettings

    overrides: dict[str, Any] = {}
    if db:
        overrides["database_url"] = db
    if region is not None:
        overrides["region"] = region.value
    return HubSettings(**overrides)


def _hub_context(db: str | None, region: RegionChoice | None = None) -> Any:
    from sqlalchemy.exc import SQLAlchemyError

    from qbdlink.hub.context import HubContext
    from qbdlink.hub.wiring import wire_context

    settings = _hub_settings(db, region)
    try:
        # Wired like the app's, so that any command's unit of work may drive the job queue.
        context = wire_context(HubContext.from_settings(settings))
        context.db.migrate()
    except (SQLAlchemyError, OSError) as exc:
        err.print(
            f"[red]error:[/] cannot open the hub database {settings.resolved_database_url()}: "
            f"{escape(str(exc).splitlines()[0])}"
        )
        raise typer.Exit(1) from None
    return context


@hub_app.command("serve")
def hub_serve(
    region: RegionOption = None,
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the hub's REST and agent APIs under uvicorn until Ctrl-C."""
    import uvicorn

    from qbdlink.hub import create_app

    context = _hub_context(db, region)
    settings = context.settings
    if "public_url" not in settings.model_fields_set:
        settings.public_url = f"http://{host}:{port}"
    err.print(
        f"hub for region {settings.region.upper()} on http://{host}:{port} "
        f"(database: {escape(settings.resolved_database_url())})"
    )
    # proxy_headers=False: uvicorn would otherwise take X-Forwarded-For from any local peer;
    # the hub reads it itself, from QBDLINK_TRUSTED_PROXIES only (hub/clientaddr.py).
    uvicorn.run(
        create_app(settings, context=context),
        host=host,
        port=port,
        log_level="warning",
        proxy_headers=False,
    )


@contextmanager
def _hub_work(db: str | None, region: RegionChoice | None = None) -> Iterator[tuple[Any, Any]]:
    """The hub's context and one unit of work; a ``HubError`` is printed and exits 1."""
    from qbdlink.hub.errors import HubError

    context = _hub_context(db, region)
    try:
        with context.db.session() as session:
            yield context, session
    except HubError as exc:
        err.print(f"[red]error:[/] {escape(exc.message)}")
        raise typer.Exit(1) from None


TenantOption = Annotated[str, typer.Option(help="The tenant's name or id.", show_default=False)]


def _hand_over(label: str, secret: str) -> None:
    """Say what it is on stderr and print only the secret on stdout, for ``KEY=$(...)``."""
    err.print(label)
    print(secret)


@hub_tenant_app.command("create")
def hub_tenant_create(
    name: Annotated[str, typer.Argument(help="The tenant's name.", show_default=False)],
    db: DbOption = None,
    region: RegionOption = None,
) -> None:
    """Create a tenant and print its API key (shown once; only its hash is kept)."""
    from qbdlink.hub.tenants.service import create_tenant

    with _hub_work(db, region) as (_, session):
        tenant, api_key = create_tenant(session, name=name)
        tenant_id = tenant.id
    _hand_over(f"tenant {escape(name)} ({tenant_id}); its API key (shown once):", api_key)


@hub_link_app.command("enable")
def hub_link_enable(
    tenant: TenantOption,
    name: Annotated[str | None, typer.Option(help="A name for the company.")] = None,
    db: DbOption = None,
    region: RegionOption = None,
) -> None:
    """Enable the add-on for one more QuickBooks company and print its license key."""
    from qbdlink.hub.links.service import enable_link
    from qbdlink.hub.tenants.service import find_tenant

    with _hub_work(db, region) as (context, session):
        owner = find_tenant(session, name_or_id=tenant)
        link, key = enable_link(session, context, tenant_id=owner.id, name=name)
        link_id, link_name = link.id, link.name
    _hand_over(f"link {escape(link_name)} ({link_id}); its license key:", key)


@hub_key_app.command("create")
def hub_key_create(tenant: TenantOption, db: DbOption = None) -> None:
    """Issue another API key for a tenant and print it (shown once; only its hash is kept)."""
    from qbdlink.hub.tenants.service import create_api_key, find_tenant

    with _hub_work(db) as (_, session):
        owner = find_tenant(session, name_or_id=tenant)
        api_key = create_api_key(session, tenant_id=owner.id)
        tenant_name = owner.name
    _hand_over(f"a new API key for {escape(tenant_name)} (shown once):", api_key)


@hub_key_app.command("list")
def hub_key_list(tenant: TenantOption, db: DbOption = None) -> None:
    """List a tenant's API keys: id, first characters, when made, when revoked."""
    from rich import box
    from rich.table import Column, Table

    from qbdlink.hub.tenants.service import find_tenant, list_api_keys

    with _hub_work(db) as (_, session):
        owner = find_tenant(session, name_or_id=tenant)
        rows = [
            (
                key.id,
                f"{key.prefix}…",
                f"{key.created_at:%Y-%m-%d %H:%M}",
                "—" if key.revoked_at is None else f"{key.revoked_at:%Y-%m-%d %H:%M}",
            )
            for key in list_api_keys(session, tenant_id=owner.id)
        ]
    # The id is what `hub key revoke` takes: it never wraps or shortens.
    table = Table(
        Column("id", no_wrap=True, min_width=24),
        "key",
        "created",
        "revoked",
        box=box.SIMPLE_HEAD,
        caption="times in UTC; a revocation still to come is a grace period",
    )
    for row in rows:
        table.add_row(*row)
    out.print(table)


@hub_key_app.command("revoke")
def hub_key_revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id (see `hub key list`).")],
    grace_hours: Annotated[
        float, typer.Option(help="Keep it working this many hours more, while callers switch.")
    ] = 0,
    db: DbOption = None,
) -> None:
    """Revoke an API key, now or after a grace period (to rotate: create, switch, revoke)."""
    from datetime import timedelta

    from qbdlink.hub.db import utcnow
    from qbdlink.hub.tenants.service import revoke_api_key

    if grace_hours < 0:
        err.print("[red]error:[/] --grace-hours cannot be negative")
        raise typer.Exit(2)
    with _hub_work(db) as (_, session):
        key = revoke_api_key(session, key_id=key_id, at=utcnow() + timedelta(hours=grace_hours))
        revoked_at = key.revoked_at
    err.print(f"API key {escape(key_id)} stops working at {revoked_at:%Y-%m-%d %H:%M:%S} UTC")


def _connector() -> Any:
    from qbdlink.connector import Connector

    return Connector.load()


def _fail(exc: Exception) -> typer.Exit:
    message = getattr(exc, "user_facing_message", None) or str(exc)
    err.print(f"[red]error:[/] {escape(message)}")
    return typer.Exit(1)


HubUrlOption = Annotated[str | None, typer.Option(help="The hub to use (default: the region's).")]
CompanyFileOption = Annotated[
    str | None,
    typer.Option(
        help="The company file (default: the one open in QuickBooks).", show_default=False
    ),
]


@connector_app.command("link")
def connector_link(
    license_key: Annotated[
        str, typer.Option("--license-key", help="The key from the set-up page.", show_default=False)
    ],
    region: Annotated[
        RegionChoice, typer.Option(help="Your region: us or ca.", show_default=False)
    ],
    hub_url: HubUrlOption = None,
    company_file: CompanyFileOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask to confirm the details.")] = False,
) -> None:
    """Link a QuickBooks company: check the key, claim it, then Verify with QuickBooks."""
    from qbdlink.connector import ConnectorError
    from qbdlink.connector.flow import authorization_advice

    connector = _connector()
    try:
        flow = connector.start_flow(hub_url=hub_url, company_file=company_file)
        if not flow.enter_key(license_key) or not flow.choose_region(region.value):
            err.print(f"[red]error:[/] {escape(flow.problem or 'bad key')}")
            raise typer.Exit(1)
        claim = flow.confirm()
        err.print(
            f"License key: {escape(license_key.strip())}\nRegion: {region.value.upper()}"
            f"\nHub: {escape(claim.hub_url)}"
        )
        if not yes and not typer.confirm("These details are correct?", default=True, err=True):
            raise typer.Exit(1)
        with err.status("Linking with the hub…"):
            entry = connector.claim(claim)
        flow.claimed(entry.link_id)
        err.print(f"Connector linked to [bold]{escape(entry.name)}[/].")
        err.print(authorization_advice())
        with err.status("Verify: waiting for QuickBooks…"):
            entry = connector.verify(entry, company_file or "")
    except ConnectorError as exc:
        raise _fail(exc) from None
    finally:
        connector.close()
    err.print(
        f"[green]Verified:[/] {escape(entry.company_name or '')} "
        f"({escape(entry.company_file or '')}), region {entry.region.upper()}."
    )


@connector_app.command("verify")
def connector_verify(
    name: Annotated[str | None, typer.Argument(help="The link (default: every link).")] = None,
) -> None:
    """Verify again: open a session with QuickBooks, check the company and report it."""
    from qbdlink.connector import ConnectorError

    connector = _connector()
    try:
        entries = [connector.config.find(name)] if name else list(connector.config.links)
        if not entries:
            err.print("[red]error:[/] no company is linked yet; run 'qbdlink connector link'")
            raise typer.Exit(1)
        for entry in entries:
            verified = connector.verify(entry)
            err.print(
                f"[green]Verified:[/] {escape(verified.name)}: "
                f"{escape(verified.company_name or '')}"
            )
    except ConnectorError as exc:
        raise _fail(exc) from None
    finally:
        connector.close()


@connector_app.command("run")
def connector_run(
    poll_wait: Annotated[float, typer.Option(help="Long-poll wait, seconds.")] = 25.0,
    verbose: Annotated[bool, typer.Option("--verbose", help="Log every job.")] = False,
) -> None:
    """Relay the hub's jobs to QuickBooks until Ctrl-C (what the background service runs)."""
    import signal
    import threading

    from qbdlink.connector import ConnectorError
    from qbdlink.connector.config import log_dir
    from qbdlink.connector.logs import setup_logging

    path = setup_logging(log_dir(), verbose=verbose)
    connector = _connector()
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    names = ", ".join(e.name for e in connector.config.links if not e.paused) or "none"
    err.print(f"connector running for: {escape(names)} (log: {escape(str(path))})")
    try:
        connector.run(stop, poll_wait=poll_wait)
    except ConnectorError as exc:
        raise _fail(exc) from None
    finally:
        connector.close()


@connector_app.command("sync")
def connector_sync(
    once: Annotated[bool, typer.Option("--once", help="Sync every link now, then exit.")] = False,
) -> None:
    """Ask the hub for a sync and relay its jobs until every link is up to date."""
    from qbdlink.connector import ConnectorError

    if not once:
        err.print("[red]error:[/] use --once (or 'qbdlink connector run' to keep syncing)")
        raise typer.Exit(2)
    connector = _connector()
    try:
        with err.status("Syncing…") as status:
            counts = connector.sync_once(
                progress=lambda name, jobs: status.update(f"Syncing {name}: {jobs} pages")
            )
    except ConnectorError as exc:
        raise _fail(exc) from None
    finally:
        connector.close()
    failed = False
    for name, outcome in counts.items():
        if outcome.problem is None:
            err.print(f"[green]up to date:[/] {escape(name)} ({outcome.jobs} jobs)")
        else:
            failed = True
            err.print(f"[red]not synced:[/] {escape(name)}: {escape(outcome.problem)}")
    if failed:
        raise typer.Exit(1)


@connector_app.command("status")
def connector_status() -> None:
    """Every linked company and its state."""
    from rich.table import Table

    connector = _connector()
    try:
        rows = connector.status()
    finally:
        connector.close()
    if not rows:
        err.print(
            "No company is linked yet. Run 'qbdlink connector link --license-key KEY "
            "--region us|ca'."
        )
        return
    table = Table("name", "company", "region", "state", "message")
    for row in rows:
        state = row["state"] + (" (paused here)" if row["paused"] else "")
        table.add_row(
            row["name"],
            row.get("company") or "",
            row["region"].upper(),
            state,
            row.get("message") or "",
        )
    out.print(table)


LinkNameArgument = Annotated[str | None, typer.Argument(help="The link (default: all).")]


def _set_paused(name: str | None, paused: bool) -> None:
    from qbdlink.connector import ConnectorError

    connector = _connector()
    try:
        for entry in connector.set_paused(name, paused):
            err.print(f"{'paused' if paused else 'resumed'}: {escape(entry.name)}")
    except ConnectorError as exc:
        raise _fail(exc) from None


@connector_app.command("pause")
def connector_pause(name: LinkNameArgument = None) -> None:
    """Stop relaying jobs for a link (or all) until resumed."""
    _set_paused(name, True)


@connector_app.command("resume")
def connector_resume(name: LinkNameArgument = None) -> None:
    """Relay jobs for a paused link (or all) again."""
    _set_paused(name, False)


@connector_app.command("unlink")
def connector_unlink(
    name: Annotated[str, typer.Argument(help="The link to forget.", show_default=False)],
) -> None:
    """Forget a linked company on this PC (its token is deleted)."""
    from qbdlink.connector import ConnectorError

    connector = _connector()
    try:
        entry = connector.unlink(name)
    except ConnectorError as exc:
        raise _fail(exc) from None
    err.print(f"unlinked: {escape(entry.name)}")


@connector_app.command("wizard")
def connector_wizard(
    hub_url: HubUrlOption = None,
    company_file: CompanyFileOption = None,
) -> None:
    """Link QuickBooks companies in a window: license key, region, Verify."""
    try:
        from qbdlink.connector.wizard import run_wizard
    except ImportError as exc:
        if not (exc.name or "").startswith("PySide6"):
            raise
        err.print(
            "[red]error:[/] the wizard needs PySide6: install qbdlink with its 'wizard' extra "
            "(pip install 'qbdlink\\[wizard]'), or use 'qbdlink connector link'."
        )
        raise typer.Exit(1) from None
    raise typer.Exit(run_wizard(_connector(), hub_url=hub_url, company_file=company_file))


# --- connector resident process: control channel commands (supervisor) ---

# --- connector service (start without a person) ---

# --- connector tray ---

# --- connector update ---

# --- connector logs, qbdlink --version, packaging ---


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
