from enum import StrEnum


class GetSmsDetailsCarrierStatus(StrEnum):
    DELIVERED = "Delivered"
    QUEUED = "Queued"
    UNDELIVERED = "Undelivered"

    def __str__(self) -> str:
        return str(self.value)
