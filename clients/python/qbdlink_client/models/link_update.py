from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sync_window import SyncWindow


T = TypeVar("T", bound="LinkUpdate")


@_attrs_define
class LinkUpdate:
    """Rename a link or change its sync schedule.

    Attributes:
        name (None | str | Unset):
        sync_interval_minutes (float | None | Unset):
        sync_window (None | SyncWindow | Unset):
        clear_sync_window (bool | Unset):  Default: False.
        paused (bool | None | Unset):
    """

    name: None | str | Unset = UNSET
    sync_interval_minutes: float | None | Unset = UNSET
    sync_window: None | SyncWindow | Unset = UNSET
    clear_sync_window: bool | Unset = False
    paused: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.sync_window import SyncWindow  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        sync_interval_minutes: float | None | Unset
        if isinstance(self.sync_interval_minutes, Unset):
            sync_interval_minutes = UNSET
        else:
            sync_interval_minutes = self.sync_interval_minutes

        sync_window: dict[str, Any] | None | Unset
        if isinstance(self.sync_window, Unset):
            sync_window = UNSET
        elif isinstance(self.sync_window, SyncWindow):
            sync_window = self.sync_window.to_dict()
        else:
            sync_window = self.sync_window

        clear_sync_window = self.clear_sync_window

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sync_interval_minutes is not UNSET:
            field_dict["sync_interval_minutes"] = sync_interval_minutes
        if sync_window is not UNSET:
            field_dict["sync_window"] = sync_window
        if clear_sync_window is not UNSET:
            field_dict["clear_sync_window"] = clear_sync_window
        if paused is not UNSET:
            field_dict["paused"] = paused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_window import SyncWindow  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_sync_interval_minutes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sync_interval_minutes = _parse_sync_interval_minutes(d.pop("sync_interval_minutes", UNSET))

        def _parse_sync_window(data: object) -> None | SyncWindow | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sync_window_type_0 = SyncWindow.from_dict(data)

                return sync_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyncWindow | Unset, data)

        sync_window = _parse_sync_window(d.pop("sync_window", UNSET))

        clear_sync_window = d.pop("clear_sync_window", UNSET)

        def _parse_paused(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        paused = _parse_paused(d.pop("paused", UNSET))

        link_update = cls(
            name=name,
            sync_interval_minutes=sync_interval_minutes,
            sync_window=sync_window,
            clear_sync_window=clear_sync_window,
            paused=paused,
        )

        return link_update
