from enum import StrEnum


class CompanyRecordTaxForm(StrEnum):
    FORM1040 = "Form1040"
    FORM1065 = "Form1065"
    FORM1120 = "Form1120"
    FORM1120S = "Form1120S"
    FORM990 = "Form990"
    FORM990PF = "Form990PF"
    FORM990T = "Form990T"
    OTHERORNONE = "OtherOrNone"

    def __str__(self) -> str:
        return str(self.value)
