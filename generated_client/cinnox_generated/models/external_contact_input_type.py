from enum import StrEnum


class ExternalContactInputType(StrEnum):
    CUSTOMER = "Customer"
    LEAD = "Lead"
    OTHERS = "Others"
    PROSPECT = "Prospect"

    def __str__(self) -> str:
        return str(self.value)
