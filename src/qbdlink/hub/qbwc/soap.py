"""The Web Connector's SOAP 1.1 wire format, pure: bytes in, a call out; a result in, bytes out.

QBWC is a .NET SOAP 1.1 client of the service described by Intuit's QBWebConnectorSvc WSDL
(namespace ``http://developer.intuit.com/``, document/literal): every call is one element in
the SOAP body, named after the method, whose children are the string parameters; every answer
is ``<{method}Response><{method}Result>...``. ``authenticate`` answers an array of strings
(``<string>`` children), ``receiveResponseXML`` an integer, the rest a string.

Parsing is hardened like the qbXML parser: a size limit, no DTD (a DOCTYPE or ENTITY
declaration is refused outright, which is how entity bombs and external entities arrive),
no entity expansion, no network. Whatever is wrong with a request becomes ``SoapFault``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from lxml import etree

SOAP11_NS: Final = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12_NS: Final = "http://www.w3.org/2003/05/soap-envelope"
QBWC_NS: Final = "http://developer.intuit.com/"
XSI_NS: Final = "http://www.w3.org/2001/XMLSchema-instance"
XSD_NS: Final = "http://www.w3.org/2001/XMLSchema"
CONTENT_TYPE: Final = "text/xml; charset=utf-8"

# Each method and its parameters, as Intuit's WSDL names them.
METHODS: Final[dict[str, tuple[str, ...]]] = {
    "serverVersion": (),
    "clientVersion": ("strVersion",),
    "authenticate": ("strUserName", "strPassword"),
    "sendRequestXML": (
        "ticket",
        "strHCPResponse",
        "strCompanyFileName",
        "qbXMLCountry",
        "qbXMLMajorVers",
        "qbXMLMinorVers",
    ),
    "receiveResponseXML": ("ticket", "response", "hresult", "message"),
    "connectionError": ("ticket", "hresult", "message"),
    "getLastError": ("ticket",),
    "closeConnection": ("ticket",),
}
_DEFAULT_NS: Final[Any] = {None: QBWC_NS}
_DECLARATION: Final = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


class SoapFault(Exception):
    """A request that cannot be answered: ``code`` is ``Client`` (its fault) or ``Server``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class SoapCall:
    """One Web Connector call: the method and its parameters (absent ones are ``""``)."""

    method: str
    params: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.params.get(name, "")


def _parser() -> etree.XMLParser:
    # huge_tree: a qbXML response travels as one text node and may pass libxml2's 10 MB
    # default; the byte limit below bounds it, and no DTD means nothing expands.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
    )


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def parse_call(body: bytes, *, max_bytes: int) -> SoapCall:
    """The call a SOAP request carries; ``SoapFault`` when it is not a Web Connector call."""
    if not body.strip():
        raise SoapFault("Client", "the request body is empty; send a SOAP 1.1 envelope")
    if len(body) > max_bytes:
        raise SoapFault("Client", f"the request is {len(body):,} bytes; the limit is {max_bytes:,}")
    if _DECLARATION.search(body):
        raise SoapFault("Client", "DOCTYPE and ENTITY declarations are not allowed in SOAP")
    try:
        root = etree.fromstring(body, _parser())
    except etree.XMLSyntaxError as exc:
        raise SoapFault("Client", f"malformed XML: {exc.msg or exc}") from None
    info: Any = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise SoapFault("Client", "DOCTYPE and ENTITY declarations are not allowed in SOAP")
    if root.tag not in (f"{{{SOAP11_NS}}}Envelope", f"{{{SOAP12_NS}}}Envelope"):
        raise SoapFault("Client", "the document is not a SOAP envelope")
    envelope_ns = etree.QName(root).namespace
    soap_body = root.find(f"{{{envelope_ns}}}Body")
    if soap_body is None:
        raise SoapFault("Client", "the SOAP envelope has no Body")
    calls = [child for child in soap_body if isinstance(child.tag, str)]
    if len(calls) != 1:
        raise SoapFault("Client", "the SOAP Body must hold exactly one call")
    call = calls[0]
    qname = etree.QName(call)
    if qname.namespace != QBWC_NS or qname.localname not in METHODS:
        raise SoapFault(
            "Client",
            f"unknown method {{{qname.namespace or ''}}}{qname.localname}; this endpoint "
            f"serves the QuickBooks Web Connector methods of {QBWC_NS}",
        )
    wanted = {name.lower(): name for name in METHODS[qname.localname]}
    params: dict[str, str] = {}
    for child in call:
        name = wanted.get(_local(child.tag).lower())  # QBWC and its clones differ in case
        if name is not None:
            params[name] = "".join(str(text) for text in child.itertext())
    return SoapCall(qname.localname, params)


def _envelope() -> tuple[etree._Element, etree._Element]:
    envelope = etree.Element(
        f"{{{SOAP11_NS}}}Envelope", nsmap={"soap": SOAP11_NS, "xsi": XSI_NS, "xsd": XSD_NS}
    )
    return envelope, etree.SubElement(envelope, f"{{{SOAP11_NS}}}Body")


def _serialize(envelope: etree._Element) -> bytes:
    return bytes(etree.tostring(envelope, xml_declaration=True, encoding="utf-8"))


def render_result(method: str, value: str | int | list[str]) -> bytes:
    """The SOAP response to ``method`` answering ``value``."""
    envelope, body = _envelope()
    response = etree.SubElement(body, f"{{{QBWC_NS}}}{method}Response", nsmap=_DEFAULT_NS)
    result = etree.SubElement(response, f"{{{QBWC_NS}}}{method}Result")
    if isinstance(value, list):
        for item in value:
            etree.SubElement(result, f"{{{QBWC_NS}}}string").text = item
    else:
        result.text = str(value)
    return _serialize(envelope)


def render_fault(code: str, message: str) -> bytes:
    """A SOAP 1.1 Fault (``soap:Client`` or ``soap:Server``)."""
    envelope, body = _envelope()
    fault = etree.SubElement(body, f"{{{SOAP11_NS}}}Fault")
    etree.SubElement(fault, "faultcode").text = f"soap:{code}"
    etree.SubElement(fault, "faultstring").text = message
    return _serialize(envelope)


def render_call(method: str, **params: str) -> bytes:
    """A Web Connector request (what QBWC sends); for tests, tools and docs."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method}")
    envelope, body = _envelope()
    call = etree.SubElement(body, f"{{{QBWC_NS}}}{method}", nsmap=_DEFAULT_NS)
    for name in METHODS[method]:
        if name in params:
            etree.SubElement(call, f"{{{QBWC_NS}}}{name}").text = params[name]
    return _serialize(envelope)


def parse_result(body: bytes) -> str | list[str]:
    """The result a SOAP response carries (the client's side; for tests and tools)."""
    root = etree.fromstring(body, _parser())
    fault = root.find(f".//{{{SOAP11_NS}}}Fault")
    if fault is not None:
        raise SoapFault(
            (fault.findtext("faultcode") or "").removeprefix("soap:"),
            fault.findtext("faultstring") or "",
        )
    result = next(
        (el for el in root.iter() if isinstance(el.tag, str) and _local(el.tag).endswith("Result")),
        None,
    )
    if result is None:
        raise SoapFault("Server", "the response holds no result")
    strings = [el for el in result if _local(el.tag) == "string"]
    if strings:
        return [el.text or "" for el in strings]
    return result.text or ""


def control_characters_free(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot carry (lxml refuses them)."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
