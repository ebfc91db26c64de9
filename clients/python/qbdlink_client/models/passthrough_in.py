from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PassthroughIn")


@_attrs_define
class PassthroughIn:
    """A raw qbXML request message set, sent to QuickBooks as it is.

    Attributes:
        qbxml (str): a qbXML request message set (QBXMLMsgsRq)
    """

    qbxml: str

    def to_dict(self) -> dict[str, Any]:
        qbxml = self.qbxml

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "qbxml": qbxml,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        qbxml = d.pop("qbxml")

        passthrough_in = cls(
            qbxml=qbxml,
        )

        return passthrough_in
