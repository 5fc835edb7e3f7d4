from enum import StrEnum


class GetSmsDetailsStatus(StrEnum):
    REJECTED = "Rejected"
    SUBMITTED = "Submitted"

    def __str__(self) -> str:
        return str(self.value)
