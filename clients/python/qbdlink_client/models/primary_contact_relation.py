from enum import StrEnum


class PrimaryContactRelation(StrEnum):
    BROTHER = "Brother"
    DAUGHTER = "Daughter"
    FATHER = "Father"
    FRIEND = "Friend"
    MOTHER = "Mother"
    OTHER = "Other"
    PARTNER = "Partner"
    SISTER = "Sister"
    SON = "Son"
    SPOUSE = "Spouse"

    def __str__(self) -> str:
        return str(self.value)
