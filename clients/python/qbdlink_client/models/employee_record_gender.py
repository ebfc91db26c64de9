from enum import StrEnum


class EmployeeRecordGender(StrEnum):
    FEMALE = "Female"
    MALE = "Male"

    def __str__(self) -> str:
        return str(self.value)
