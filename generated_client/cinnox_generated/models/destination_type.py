from enum import StrEnum


class DestinationType(StrEnum):
    PHONE = "PHONE"
    STAFF = "STAFF"
    TRUNK = "TRUNK"

    def __str__(self) -> str:
        return str(self.value)
