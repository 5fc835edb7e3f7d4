"""Contains some shared types for properties"""

import threading
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import AttrsInstance, define, fields


class Unset:
    """The type of ``UNSET``: a field the answer did not carry (not the same as ``None``)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        # Model reprs show ``field=UNSET``, not ``<cinnox_generated.types.Unset object at 0x...>``.
        return "UNSET"

    def __reduce__(self) -> str:
        # Pickled and copied as the one UNSET (a record's fields compare by identity to it).
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def _init_as(cls: type[T], built: AttrsInstance) -> T:
    """``built`` (a model that ``from_dict`` filled in without its ``__init__``) made again by ``cls``'s
    own ``__init__``: a subclass of the model may add fields with defaults or an ``__attrs_post_init__``."""
    made = cls(**{f.alias: getattr(built, f.name) for f in fields(type(built)) if f.init})
    if hasattr(built, "additional_properties"):
        made.additional_properties = built.additional_properties  # type: ignore[attr-defined]
    return made


class _EmptyUntilRead:
    """A model's ``additional_properties`` slot that gives a record without one a new empty dict the
    first time it is read, kept on the record like any value stored there.

    ``from_dict`` leaves the slot unset for a record with no additional property, so a page of 500
    records does not also allocate 500 empty dicts (each of which counts towards the garbage
    collector's next young-generation pass: a page would cost one more pass). Reading, equality,
    ``repr``, ``to_dict``, copying and pickling all read the attribute, so they see ``{}``; the
    first read is under a lock, so two threads never get different dicts."""

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, record: Any, owner: Any = None) -> Any:
        if record is None:
            return self._slot  # on the class: the slot itself, as attrs and introspection expect
        try:
            return self._slot.__get__(record, owner)
        except AttributeError:
            with _FIRST_READ:
                try:
                    return self._slot.__get__(record, owner)
                except AttributeError:
                    made: dict[str, Any] = {}
                    self._slot.__set__(record, made)
                    return made

    def __set__(self, record: Any, value: Any) -> None:
        self._slot.__set__(record, value)

    def __delete__(self, record: Any) -> None:
        self._slot.__delete__(record)


_FIRST_READ = threading.Lock()


def _additional_properties_on_first_read(model: type) -> None:
    """Make ``model``'s ``additional_properties`` slot an :class:`_EmptyUntilRead` (once per model)."""
    slot = model.__dict__["additional_properties"]
    if not isinstance(slot, _EmptyUntilRead):
        setattr(model, "additional_properties", _EmptyUntilRead(slot))


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
