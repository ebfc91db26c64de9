"""An emulated QuickBooks Desktop: company files, the request processor, the PC around them.

from qbdlink.simulator import create_company, SimulatedDesktop

create_company("acme.qbw.sqlite", edition="us", name="Acme Properties LLC", sample="small")
desk = SimulatedDesktop()
desk.open_company("acme.qbw.sqlite")
desk.answer = "always"
rp = desk.request_processor()   # behaves as QBXMLRP2 does over COM
"""

from qbdlink.simulator.company import create_company
from qbdlink.simulator.desktop import DesktopError, SimulatedDesktop, SimulatedRequestProcessor
from qbdlink.simulator.errors import ComError, CompanyFileError, SimulatorError
from qbdlink.simulator.latency import LatencyModel
from qbdlink.simulator.processor import Processor
from qbdlink.simulator.server import RemoteDesktopClient, connect_running_desktop
from qbdlink.simulator.store import CompanyStore

__all__ = [
    "ComError",
    "CompanyFileError",
    "CompanyStore",
    "DesktopError",
    "LatencyModel",
    "Processor",
    "RemoteDesktopClient",
    "SimulatedDesktop",
    "SimulatedRequestProcessor",
    "SimulatorError",
    "connect_running_desktop",
    "create_company",
]
