from enum import StrEnum


class ExternalContactInputLevel(StrEnum):
    PRIMARY = "Primary"
    SECONDARY = "Secondary"
    TERTIARY = "Tertiary"

    def __str__(self) -> str:
        return str(self.value)
