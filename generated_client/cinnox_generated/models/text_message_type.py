from enum import StrEnum


class TextMessageType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
