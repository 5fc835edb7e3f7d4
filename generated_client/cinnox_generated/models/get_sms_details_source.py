from enum import StrEnum


class GetSmsDetailsSource(StrEnum):
    DIRECT = "direct"
    INBOUND = "inbound"
    OPENAPI_OTP = "openAPI-otp"
    OPENAPI_SMS = "openAPI-sms"
    VERIFICATION = "verification"

    def __str__(self) -> str:
        return str(self.value)
