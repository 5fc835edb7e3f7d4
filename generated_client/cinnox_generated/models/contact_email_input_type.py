from enum import StrEnum


class ContactEmailInputType(StrEnum):
    OTHER = "Other"
    PERSONAL = "Personal"
    WORK = "Work"

    def __str__(self) -> str:
        return str(self.value)
