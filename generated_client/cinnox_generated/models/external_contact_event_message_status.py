from enum import StrEnum


class ExternalContactEventMessageStatus(StrEnum):
    CREATE = "create"
    DELETE = "delete"
    EDIT = "edit"

    def __str__(self) -> str:
        return str(self.value)
