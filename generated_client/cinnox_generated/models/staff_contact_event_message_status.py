from enum import StrEnum


class StaffContactEventMessageStatus(StrEnum):
    STAFFCREATE = "staffCreate"
    STAFFDELETE = "staffDelete"
    STAFFEDIT = "staffEdit"

    def __str__(self) -> str:
        return str(self.value)
