from enum import StrEnum


class TagInputFunctionTypeItem(StrEnum):
    CALL = "CALL"
    IM = "IM"

    def __str__(self) -> str:
        return str(self.value)
