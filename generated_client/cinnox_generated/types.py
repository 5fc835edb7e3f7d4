"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import AttrsInstance, define, fields


class Unset:
    """The type of ``UNSET``: a field the answer did not carry (not the same as ``None``)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        # Model reprs show ``field=UNSET``, not ``<cinnox_generated.types.Unset object at 0x...>``.
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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
