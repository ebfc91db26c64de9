# cython: language_level=3, boundscheck=False, wraparound=False
"""The compiled form of ``convert.api_json``'s walk: a decoded record straight to JSON text.

It makes exactly the text the Python walk (``convert._write_dict``) makes, which is exactly
``json.dumps(to_api(record), separators=(",", ":"))`` with ``"object"`` last; the Python
module hands it the key table, the string quoter and its converter of rare values, so both
share one set of rules (``tests/hub/test_records_store.py`` compares the two on generated
records). A sync stores every record it reads as this text: in Python the walk was half of the
hub's work per record (issue 14).
"""

from cpython.dict cimport PyDict_GetItem, PyDict_Next
from cpython.list cimport PyList_Append
from cpython.object cimport PyObject

from datetime import date, datetime
from decimal import Decimal

cdef object _DECIMAL = Decimal
cdef object _DATETIME = datetime
cdef object _DATE = date
cdef str _OBJECT_KEY = '"object":'


cdef class JsonWriter:
    """Writes records as the API's compact JSON with the rules ``convert`` hands it."""

    cdef dict keys       # qbXML name -> '"snake_name":', or None for a name left out
    cdef object key_of   # computes (and caches in ``keys``) a name not seen yet
    cdef object quote    # a str as a JSON string (json's encode_basestring_ascii)
    cdef object other    # any other value as JSON text (dates, durations, rare types)

    def __cinit__(self, dict keys, object key_of, object quote, object other):
        self.keys = keys
        self.key_of = key_of
        self.quote = quote
        self.other = other

    def write(self, object record, str object_name):
        """The record's JSON text with ``"object": object_name`` last; None if the record has
        a field of its own that the API names ``object`` (the caller's dict rules decide)."""
        cdef list parts = []
        cdef int written = self._dict(<dict>record, parts, True)
        if written < 0:
            return None
        if written:
            PyList_Append(parts, ',"object":')
        else:
            PyList_Append(parts, '"object":')
        PyList_Append(parts, self.quote(object_name))
        PyList_Append(parts, "}")
        return "".join(parts)

    cdef int _dict(self, dict value, list parts, bint top) except -2:
        # Writes "{" and the fields, and "}" unless ``top`` (the caller adds "object" first);
        # the number of fields written, or -1 when ``top`` meets a field named "object".
        cdef Py_ssize_t position = 0
        cdef PyObject* name
        cdef PyObject* item
        cdef PyObject* found
        cdef int written = 0
        cdef object key, cls, obj
        PyList_Append(parts, "{")
        while PyDict_Next(value, &position, &name, &item):
            found = PyDict_GetItem(self.keys, <object>name)
            key = self.key_of(<object>name) if found is NULL else <object>found
            if key is None:
                continue
            if top and key == _OBJECT_KEY:
                return -1
            if written:
                PyList_Append(parts, ",")
            written += 1
            PyList_Append(parts, key)
            obj = <object>item
            cls = type(obj)
            if cls is str:
                PyList_Append(parts, self.quote(obj))
            elif cls is _DECIMAL:
                # digits, sign, point, exponent: nothing to escape
                PyList_Append(parts, '"' + str(obj) + '"')
            elif cls is bool:
                PyList_Append(parts, "true" if obj else "false")
            elif cls is int:
                PyList_Append(parts, str(obj))
            elif isinstance(obj, dict):
                self._dict(<dict>obj, parts, False)
            elif cls is list:
                self._list(<list>obj, parts)
            elif cls is _DATETIME or cls is _DATE:
                PyList_Append(parts, '"' + obj.isoformat() + '"')
            else:
                PyList_Append(parts, self.other(obj))
        if not top:
            PyList_Append(parts, "}")
        return written

    cdef int _list(self, list value, list parts) except -1:
        cdef Py_ssize_t index
        cdef object obj
        PyList_Append(parts, "[")
        for index in range(len(value)):
            if index:
                PyList_Append(parts, ",")
            obj = value[index]
            if isinstance(obj, dict):
                self._dict(<dict>obj, parts, False)
            elif type(obj) is list:
                self._list(<list>obj, parts)
            else:
                PyList_Append(parts, self.other(obj))
        PyList_Append(parts, "]")
        return 0
