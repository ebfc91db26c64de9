# cython: language_level=3, boundscheck=False, wraparound=False
"""Compiled fast paths of the trusted (non-strict) decoder.

Two readers build the same dicts the pure-Python decoder builds, from the same trusted plans:

* ``walk`` reads a libxml2 tree that lxml already built (through lxml's public C API) for one
  element; anything unusual (attributes, unknown elements, values the fast converters refuse,
  interleaved children, mixed text) is handed back to the Python decoder for that element.
* ``read_responses`` reads a whole response document with expat (through pyexpat's C API
  capsule, the one ``xml.etree`` uses) and never builds a tree; anything unusual stops it and
  the caller decodes the document the lxml way instead.

Either way results and errors are the same as the Python decoder's by construction; the tests
compare the paths. Values are read straight from the parser's bytes: short texts and names are
shared through content-keyed tables, and dates, date-times, integers and booleans in their
usual forms are built without an intermediate str.
"""

from cpython.datetime cimport date_new, datetime_new, import_datetime
from cpython.dict cimport PyDict_GetItem, PyDict_Size
from cpython.list cimport PyList_Append, PyList_GET_ITEM
from cpython.long cimport PyLong_FromLongLong
from cpython.mem cimport PyMem_Free, PyMem_Realloc
from cpython.pycapsule cimport PyCapsule_Import
from cpython.ref cimport PyObject
from cpython.unicode cimport PyUnicode_AsUTF8AndSize, PyUnicode_DecodeUTF8
from libc.string cimport memcmp, memcpy, strcmp, strlen
from lxml.includes cimport tree


cdef extern from "Python.h":
    PyObject* PyDict_GetItemWithError(object mapping, object key) except? NULL
    PyObject* PyDict_SetDefault(object mapping, object key, object default_value) except NULL
    bint PyUnicode_IS_COMPACT_ASCII(object text)
    void* PyUnicode_DATA(object text)
    Py_ssize_t PyUnicode_GET_LENGTH(object text)

from lxml.includes.etreepublic cimport _Element, elementFactory, import_lxml__etree

import_lxml__etree()
import_datetime()

from datetime import datetime
from sys import intern

# Value kinds read in C (``values.FAST_KINDS`` gives them to the plans; keep the two in step).
cdef enum:
    KIND_TEXT = 0
    KIND_BOOL = 1
    KIND_INT = 2
    KIND_DATE = 3
    KIND_DATETIME = 4

# -- shared tables -------------------------------------------------------------------------------
# Everything cached here is immutable (str, Decimal, date, datetime, bool, int), so the tables
# are shared by every decode: one page's "0.00" and customer names serve the next page too.
cdef Py_ssize_t _CACHE_LIMIT = 4096
# Converted values by converter, then by text.
cdef dict _SHARED_VALUES = {}
# Short texts by content: QuickBooks repeats the same ListIDs, names, descriptions and
# addresses record after record, and one shared str per distinct text saves building, hashing
# and holding a copy each time. Direct-mapped: a collision just replaces the slot.
cdef enum:
    TEXT_SLOTS = 8192
    TEXT_MAX = 64
    NAME_SLOTS = 1024
cdef list _SHARED_TEXTS = [None] * TEXT_SLOTS
# Each slot's FNV-1a digest, so a miss is decided without touching the (cold) cached object.
cdef unsigned long long _TEXT_DIGESTS[TEXT_SLOTS]
# Element names (interned, so plan lookups compare by identity), by content likewise.
cdef list _NAMES = [None] * NAME_SLOTS
cdef unsigned long long _NAME_DIGESTS[NAME_SLOTS]
# tzinfo by "+HH:MM" suffix; QuickBooks writes one or two offsets, so the last is kept at hand.
cdef dict _ZONES = {}
cdef unsigned long long _zone_key = 0
cdef object _zone = None


cdef inline unsigned long long _digest(const unsigned char* text, Py_ssize_t size) noexcept:
    cdef unsigned long long digest = 14695981039346656037ULL  # FNV-1a
    cdef Py_ssize_t i
    for i in range(size):
        digest = (digest ^ text[i]) * 1099511628211ULL
    return digest


cdef inline bint _same_text(object cached, const unsigned char* text, Py_ssize_t size):
    cdef Py_ssize_t cached_size
    cdef const char* cached_text
    if PyUnicode_IS_COMPACT_ASCII(cached):  # the usual case: its characters are its UTF-8
        return (PyUnicode_GET_LENGTH(cached) == size
                and memcmp(PyUnicode_DATA(cached), text, size) == 0)
    cached_text = PyUnicode_AsUTF8AndSize(cached, &cached_size)
    return cached_size == size and memcmp(cached_text, text, size) == 0


cdef object _text_of(const unsigned char* text, Py_ssize_t size):
    """``text`` (UTF-8) as a str, the same object as last time for a recent short text."""
    if size > TEXT_MAX:
        return PyUnicode_DecodeUTF8(<const char*>text, size, NULL)
    cdef unsigned long long digest = _digest(text, size)
    cdef Py_ssize_t slot = <Py_ssize_t>(digest & (TEXT_SLOTS - 1))
    cdef PyObject* cached
    if _TEXT_DIGESTS[slot] == digest:
        cached = PyList_GET_ITEM(_SHARED_TEXTS, slot)
        if <object>cached is not None and _same_text(<object>cached, text, size):
            return <object>cached
    value = PyUnicode_DecodeUTF8(<const char*>text, size, NULL)
    _SHARED_TEXTS[slot] = value
    _TEXT_DIGESTS[slot] = digest
    return value


cdef object _name_of(const char* c_name):
    """An element name (NUL-terminated UTF-8) as an interned str."""
    cdef unsigned long long digest = 14695981039346656037ULL  # FNV-1a, and the length with it
    cdef Py_ssize_t size = 0
    while c_name[size] != 0:
        digest = (digest ^ <unsigned char>c_name[size]) * 1099511628211ULL
        size += 1
    cdef Py_ssize_t slot = <Py_ssize_t>(digest & (NAME_SLOTS - 1))
    cdef PyObject* cached
    if _NAME_DIGESTS[slot] == digest:
        cached = PyList_GET_ITEM(_NAMES, slot)
        if <object>cached is not None and _same_text(<object>cached, <const unsigned char*>c_name, size):
            return <object>cached
    name = intern(PyUnicode_DecodeUTF8(c_name, size, NULL))
    _NAMES[slot] = name
    _NAME_DIGESTS[slot] = digest
    return name


cdef object _zone_of(const unsigned char* suffix):
    """The tzinfo of a "+HH:MM"/"-HH:MM" suffix, made by ``datetime.fromisoformat`` itself so
    it is the very object (``timezone.utc`` for +00:00) the Python converter gives."""
    global _zone_key, _zone
    cdef unsigned long long key = 0
    cdef int i
    for i in range(6):
        key = (key << 8) | suffix[i]
    if key == _zone_key and _zone is not None:
        return _zone
    zone = _ZONES.get(key)
    if zone is None:
        text = PyUnicode_DecodeUTF8(<const char*>suffix, 6, NULL)
        zone = datetime.fromisoformat("2000-01-01T00:00:00" + text).tzinfo
        _ZONES[key] = zone
    _zone_key = key
    _zone = zone
    return zone


cdef object _converted(object convert, object text):
    """``convert(text)``, one object per distinct text (QuickBooks repeats 0.00, rents, ...)."""
    cdef PyObject* found = PyDict_GetItem(_SHARED_VALUES, convert)
    cdef dict cache
    if found is NULL:
        cache = {}
        _SHARED_VALUES[convert] = cache
    else:
        cache = <dict>found
    found = PyDict_GetItem(cache, text)
    if found is not NULL:
        return <object>found
    value = convert(text)
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[text] = value
    return value


cdef inline int _digits(const unsigned char* text, int count, int* value) noexcept:
    # ``count`` ASCII digits at ``text`` into ``value``; 0 if any is not a digit.
    cdef int i, total = 0
    for i in range(count):
        if text[i] < 48 or text[i] > 57:
            return 0
        total = total * 10 + (text[i] - 48)
    value[0] = total
    return 1


cdef object _fast_value(int kind, const unsigned char* text, Py_ssize_t size):
    """The value of ``text`` in the usual forms of ``kind``, read straight from the bytes;
    ``None`` for any other form (the caller then takes the generic path, which gives the same
    value or error as the Python converters by construction). Raises ValueError for an
    impossible date, as ``fromisoformat`` does."""
    cdef int year, month, day, hour, minute, second, offset_hours, offset_minutes
    cdef long long number
    cdef Py_ssize_t i, start
    if kind == KIND_BOOL:
        if size == 4 and memcmp(text, b"true", 4) == 0:
            return True
        if size == 5 and memcmp(text, b"false", 5) == 0:
            return False
        return None
    if kind == KIND_INT:
        # int() also takes signs, spaces and underscores: those go the generic way.
        start = 1 if size > 0 and text[0] == 45 else 0
        if size - start < 1 or size - start > 18:
            return None
        number = 0
        for i in range(start, size):
            if text[i] < 48 or text[i] > 57:
                return None
            number = number * 10 + (text[i] - 48)
        return PyLong_FromLongLong(-number if start else number)
    if size < 10 or text[4] != 45 or text[7] != 45:
        return None
    if not (_digits(text, 4, &year) and _digits(text + 5, 2, &month)
            and _digits(text + 8, 2, &day)):
        return None
    if kind == KIND_DATE:
        if size != 10:
            return None
        return date_new(year, month, day)
    # KIND_DATETIME: YYYY-MM-DDTHH:MM:SS, then nothing or +HH:MM / -HH:MM (QuickBooks' forms).
    if (size != 19 and size != 25) or text[10] != 84 or text[13] != 58 or text[16] != 58:
        return None
    if not (_digits(text + 11, 2, &hour) and _digits(text + 14, 2, &minute)
            and _digits(text + 17, 2, &second)):
        return None
    if size == 19:
        return datetime_new(year, month, day, hour, minute, second, 0, None)
    if (text[19] != 43 and text[19] != 45) or text[22] != 58:
        return None
    if not (_digits(text + 20, 2, &offset_hours) and _digits(text + 23, 2, &offset_minutes)):
        return None
    return datetime_new(year, month, day, hour, minute, second, 0, _zone_of(text + 19))


cdef object _leaf_value(tuple entry, const unsigned char* text, Py_ssize_t size):
    """A simple element's value from its text, as the Python decoder reads it; raises
    ValueError, ArithmeticError or KeyError where that decoder would look closer."""
    cdef object convert = entry[2]
    cdef long kind
    if size == 0:
        return "" if convert is None else None
    kind = entry[4]
    if kind != KIND_TEXT:
        value = _fast_value(kind, text, size)
        if value is not None:
            return value
    value = _text_of(text, size)
    if convert is None:
        return value
    return _converted(convert, value)


cdef inline int _store(dict out, object name, tuple entry, object value) except -1:
    """Put a child's value in its parent; 1 if a single element came twice (the caller hands
    that to the Python decoder, which says so)."""
    cdef PyObject* stored
    cdef Py_ssize_t size
    if entry[3]:
        stored = PyDict_GetItem(out, name)
        if stored is NULL:
            out[name] = [value]
        else:
            PyList_Append(<object>stored, value)
        return 0
    size = PyDict_Size(out)
    PyDict_SetDefault(out, name, value)
    return 1 if PyDict_Size(out) == size else 0


# -- reading an lxml tree ------------------------------------------------------------------------
cdef inline bint _is_text(tree.xmlNode* node):
    return node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE


cdef class WalkState:
    """Per-decoder state: the Python fallback and the record type."""

    cdef object fallback
    cdef object record_type

    def __cinit__(self, object fallback, object record_type):
        self.fallback = fallback
        self.record_type = record_type


cdef object _walk(WalkState state, _Element root, tree.xmlNode* c_node, object plan_object,
                  object record_name):
    cdef tuple plan = <tuple>plan_object
    cdef dict children = <dict>plan[0]
    cdef dict out
    cdef tree.xmlNode* child = c_node.children
    cdef tree.xmlNode* text_node
    cdef const unsigned char* content
    cdef PyObject* entry_pointer
    cdef tuple entry
    cdef long index
    cdef long last_index = -1
    cdef object name, value, sub
    cdef object result
    if record_name is None:
        result = {}
    else:
        result = state.record_type.__new__(state.record_type)
        result.element = record_name
    out = <dict>result  # a Record is a dict subclass: the dict C API applies
    while child is not NULL:
        if child.type != tree.XML_ELEMENT_NODE:
            child = child.next
            continue
        name = _name_of(<const char*>child.name)
        entry_pointer = PyDict_GetItem(children, name)
        if entry_pointer is NULL:
            return _fallback(state, root, c_node, plan_object, record_name)
        entry = <tuple>entry_pointer
        index = entry[0]
        if index < last_index:
            return _fallback(state, root, c_node, plan_object, record_name)
        last_index = index
        sub = entry[1]
        if sub is not None:
            if (<tuple>sub)[2] or child.properties is not NULL:
                value = state.fallback(elementFactory(root._doc, child), sub)
            else:
                value = _walk(state, root, child, sub, None)
        else:
            if child.properties is not NULL:
                return _fallback(state, root, c_node, plan_object, record_name)
            text_node = child.children
            if text_node is NULL:
                content = <const unsigned char*>b""
            elif text_node.next is NULL and _is_text(text_node):
                content = <const unsigned char*>text_node.content
            else:
                return _fallback(state, root, c_node, plan_object, record_name)
            try:
                value = _leaf_value(entry, content, strlen(<const char*>content))
            except (ValueError, ArithmeticError, KeyError):
                return _fallback(state, root, c_node, plan_object, record_name)
        if _store(out, name, entry, value):
            return _fallback(state, root, c_node, plan_object, record_name)
        child = child.next
    return result


cdef object _fallback(WalkState state, _Element root, tree.xmlNode* c_node, object plan,
                      object record_name):
    result = state.fallback(elementFactory(root._doc, c_node), plan)
    if record_name is None:
        return result
    record = state.record_type.__new__(state.record_type)
    record.update(result)
    record.element = record_name
    return record


def walk(WalkState state, _Element element, object plan, object record_name=None):
    """Decode ``element`` with a trusted plan (a dict, or a record type instance when
    ``record_name`` is given); ``state.fallback(element, plan)`` handles the unusual."""
    if (<tuple>plan)[2] or element._c_node.properties is not NULL:
        return _fallback(state, element, element._c_node, plan, record_name)
    return _walk(state, element, element._c_node, plan, record_name)


# -- reading a whole response document with expat ------------------------------------------------
# pyexpat's C API (CPython's Include/pyexpat.h, "pyexpat.expat_CAPI 1.1"), declared here so no
# expat header is needed to build; the capsule's magic and size are checked before use.
ctypedef void* XML_Parser
ctypedef void (*StartElementHandler)(void* data, const char* name, const char** attributes) noexcept
ctypedef void (*EndElementHandler)(void* data, const char* name) noexcept
ctypedef void (*CharacterDataHandler)(void* data, const char* text, int size) noexcept
ctypedef void (*ProcessingInstructionHandler)(void* data, const char* target, const char* text) noexcept
ctypedef void (*StartDoctypeDeclHandler)(void* data, const char* name, const char* system_id,
                                         const char* public_id, int internal_subset) noexcept

cdef struct ExpatCAPI:
    char* magic
    int size
    int MAJOR_VERSION
    int MINOR_VERSION
    int MICRO_VERSION
    void* ErrorString
    void* GetErrorCode
    void* GetErrorColumnNumber
    void* GetErrorLineNumber
    int (*Parse)(XML_Parser parser, const char* text, int size, int is_final)
    XML_Parser (*ParserCreate_MM)(const char* encoding, void* memory, const char* separator)
    void (*ParserFree)(XML_Parser parser)
    void (*SetCharacterDataHandler)(XML_Parser parser, CharacterDataHandler handler)
    void* SetCommentHandler
    void* SetDefaultHandlerExpand
    void (*SetElementHandler)(XML_Parser parser, StartElementHandler start, EndElementHandler end)
    void* SetNamespaceDeclHandler
    void (*SetProcessingInstructionHandler)(XML_Parser parser, ProcessingInstructionHandler handler)
    void* SetUnknownEncodingHandler
    void (*SetUserData)(XML_Parser parser, void* data)
    void (*SetStartDoctypeDeclHandler)(XML_Parser parser, StartDoctypeDeclHandler handler)

cdef ExpatCAPI* _EXPAT = NULL
try:
    _EXPAT = <ExpatCAPI*>PyCapsule_Import(b"pyexpat.expat_CAPI", 0)
    if (strcmp(_EXPAT.magic, b"pyexpat.expat_CAPI 1.1") != 0
            or _EXPAT.size < <int>sizeof(ExpatCAPI)):
        _EXPAT = NULL
except ImportError:  # a Python without pyexpat: documents go the lxml way
    _EXPAT = NULL

cdef enum:
    PARSE_OK = 1       # XML_STATUS_OK
    DEPTH_RECORD = 4   # QBXML / QBXMLMsgsRs / XxxRs / XxxRet
    MAX_DEPTH = 256    # libxml2's own limit without huge_tree
    MAX_TEXT = 10000000  # likewise, per text node


cdef class _ResponseReader:
    """expat's handlers' state: a stack of open aggregates and the text of the open leaf."""

    cdef object context
    cdef object record_type
    cdef XML_Parser parser
    cdef object error            # the exception that stopped reading, if one did
    cdef bint stopped
    cdef int depth               # open elements
    cdef object version_text     # the last <?qbxml ...?> before the root
    cdef bint seen_messages
    cdef dict message_attributes
    cdef list responses          # [name, attributes, records] each
    cdef object response_children
    cdef list records
    # Open aggregates by depth (records at DEPTH_RECORD): value, plan children, the entry and
    # name it is stored under in its parent (None for a record), last child index. Slots are
    # overwritten, not popped: lists that shrink and grow by one would reallocate each time.
    cdef list outs
    cdef list plans
    cdef list entries
    cdef list names
    cdef long last_index[MAX_DEPTH]
    # The open simple element: its entry and name, and its text so far.
    cdef object leaf_entry
    cdef object leaf_name
    cdef char* text
    cdef Py_ssize_t text_size
    cdef Py_ssize_t text_capacity

    def __cinit__(self, object context, object record_type):
        self.context = context
        self.record_type = record_type
        self.responses = []
        self.message_attributes = {}
        self.outs = [None] * MAX_DEPTH
        self.plans = [None] * MAX_DEPTH
        self.entries = [None] * MAX_DEPTH
        self.names = [None] * MAX_DEPTH
        self.text = NULL

    def __dealloc__(self):
        PyMem_Free(self.text)

    cdef void stop(self, object error=None):
        """Give up on this document: the caller decodes it the lxml way (or re-raises)."""
        self.stopped = True
        if error is not None and self.error is None:
            self.error = error
        # Let expat run to the end with nothing to call (pyexpat exports no XML_StopParser).
        _EXPAT.SetElementHandler(self.parser, NULL, NULL)
        _EXPAT.SetCharacterDataHandler(self.parser, NULL)
        _EXPAT.SetProcessingInstructionHandler(self.parser, NULL)

    cdef int start(self, const char* c_name, const char** attributes) except -1:
        cdef int depth = self.depth
        cdef PyObject* found
        cdef tuple entry, sub
        self.depth = depth + 1
        if self.leaf_entry is not None or depth + 1 >= MAX_DEPTH:
            self.stop()  # an element inside a simple one, or absurdly deep
            return 0
        name = _name_of(c_name)
        if depth >= DEPTH_RECORD:  # a child inside a record
            found = PyDict_GetItemWithError(<dict>PyList_GET_ITEM(self.plans, depth), name)
            if found is NULL or attributes[0] is not NULL:
                self.stop()
                return 0
            entry = <tuple>found
            if <long>entry[0] < self.last_index[depth]:
                self.stop()  # interleaved alternatives: the Python decoder keeps the order
                return 0
            self.last_index[depth] = entry[0]
            if entry[1] is None:
                self.leaf_entry = entry
                self.leaf_name = name
                self.text_size = 0
                return 0
            sub = <tuple>entry[1]
            if sub[2]:
                self.stop()
                return 0
            self._open({}, sub, entry, name, depth + 1)
            return 0
        if depth == DEPTH_RECORD - 1:  # a record inside a response
            found = PyDict_GetItemWithError(self.response_children, name)
            if (found is NULL or (<tuple>found)[1] is None or not _ends_with_ret(c_name)
                    or attributes[0] is not NULL or (<tuple>(<tuple>found)[1])[2]):
                self.stop()  # ErrorRecovery and the like: the lxml path decodes those
                return 0
            record = self.record_type.__new__(self.record_type)
            record.element = name
            self._open(record, <tuple>(<tuple>found)[1], None, None, depth + 1)
            return 0
        if depth == 2:  # a response
            plan = self.context.response_plan(name)
            if plan is None:
                self.stop()
                return 0
            self.response_children = (<tuple>plan)[0]
            self.records = []
            self.responses.append([name, _attributes(attributes), self.records])
            return 0
        if depth == 1:
            if name != "QBXMLMsgsRs" or self.seen_messages:
                self.stop()
                return 0
            self.seen_messages = True
            self.message_attributes = _attributes(attributes)
            return 0
        if name != "QBXML":
            self.stop()
            return 0
        self.context.begin(self.version_text)
        return 0

    cdef inline void _open(self, object out, tuple plan, object entry, object name, int depth):
        self.outs[depth] = out
        self.plans[depth] = plan[0]
        self.entries[depth] = entry
        self.names[depth] = name
        self.last_index[depth] = -1

    cdef int end(self) except -1:
        cdef int depth = self.depth
        cdef object value
        self.depth = depth - 1
        if self.leaf_entry is not None:
            entry = <tuple>self.leaf_entry
            self.leaf_entry = None
            try:
                value = _leaf_value(entry, <const unsigned char*>self.text, self.text_size)
            except (ValueError, ArithmeticError, KeyError):
                self.stop()
                return 0
            if _store(<dict>PyList_GET_ITEM(self.outs, depth - 1), self.leaf_name, entry, value):
                self.stop()
            return 0
        if depth > DEPTH_RECORD:
            if _store(<dict>PyList_GET_ITEM(self.outs, depth - 1),
                      <object>PyList_GET_ITEM(self.names, depth),
                      <tuple>PyList_GET_ITEM(self.entries, depth),
                      <object>PyList_GET_ITEM(self.outs, depth)):
                self.stop()
        elif depth == DEPTH_RECORD:
            PyList_Append(self.records, <object>PyList_GET_ITEM(self.outs, depth))
        return 0

    cdef int characters(self, const char* text, int size) except -1:
        # Text between elements is ignored, as the tree walkers ignore it.
        if self.leaf_entry is None:
            return 0
        cdef Py_ssize_t needed = self.text_size + size + 1
        cdef char* grown
        if needed > MAX_TEXT:
            self.stop()
            return 0
        if needed > self.text_capacity:
            grown = <char*>PyMem_Realloc(self.text, needed * 2)
            if grown is NULL:
                raise MemoryError()
            self.text = grown
            self.text_capacity = needed * 2
        memcpy(self.text + self.text_size, text, size)
        self.text_size += size
        self.text[self.text_size] = 0
        return 0


cdef inline bint _ends_with_ret(const char* name) noexcept:
    cdef Py_ssize_t size = strlen(name)
    return size >= 3 and memcmp(name + size - 3, b"Ret", 3) == 0


cdef dict _attributes(const char** attributes):
    cdef dict out = {}
    cdef int i = 0
    while attributes[i] is not NULL:
        out[_name_of(attributes[i])] = PyUnicode_DecodeUTF8(
            attributes[i + 1], strlen(attributes[i + 1]), NULL
        )
        i += 2
    return out


cdef void _on_start(void* data, const char* name, const char** attributes) noexcept:
    cdef _ResponseReader reader = <_ResponseReader>data
    try:
        reader.start(name, attributes)
    except BaseException as error:
        reader.stop(error)


cdef void _on_end(void* data, const char* name) noexcept:
    cdef _ResponseReader reader = <_ResponseReader>data
    try:
        reader.end()
    except BaseException as error:
        reader.stop(error)


cdef void _on_characters(void* data, const char* text, int size) noexcept:
    cdef _ResponseReader reader = <_ResponseReader>data
    if reader.leaf_entry is None:
        return  # the line breaks between elements: nothing to keep
    try:
        reader.characters(text, size)
    except BaseException as error:
        reader.stop(error)


cdef void _on_instruction(void* data, const char* target, const char* text) noexcept:
    cdef _ResponseReader reader = <_ResponseReader>data
    try:
        if reader.depth > 0:
            reader.stop()  # inside the document: the lxml path decides what it means
        elif strcmp(target, b"qbxml") == 0:
            reader.version_text = PyUnicode_DecodeUTF8(text, strlen(text), NULL)
    except BaseException as error:
        reader.stop(error)


cdef void _on_doctype(void* data, const char* name, const char* system_id,
                      const char* public_id, int internal_subset) noexcept:
    # The caller refuses DOCTYPEs before parsing; this is the second lock on that door.
    (<_ResponseReader>data).stop()


def expat_available():
    """Whether ``read_responses`` can run in this Python."""
    return _EXPAT is not NULL


def read_responses(bytes data, object context, object record_type):
    """Read a qbXML response document with expat into
    ``(<?qbxml?> text, QBXMLMsgsRs attributes, [[response name, attributes, records], ...])``.

    ``context.begin(qbxml_text)`` is called at the root and ``context.response_plan(name)``
    at each response (a trusted plan, or None for an unknown one). Returns None when the
    document needs a closer look (malformed, unknown or unusual elements, values the fast
    readers refuse): the caller then decodes it the lxml way, which gives the error.
    """
    if _EXPAT is NULL:
        return None
    cdef _ResponseReader reader = _ResponseReader(context, record_type)
    cdef XML_Parser parser = _EXPAT.ParserCreate_MM(NULL, NULL, NULL)
    cdef int status
    if parser is NULL:
        raise MemoryError()
    reader.parser = parser
    try:
        _EXPAT.SetUserData(parser, <void*>reader)
        _EXPAT.SetElementHandler(parser, _on_start, _on_end)
        _EXPAT.SetCharacterDataHandler(parser, _on_characters)
        _EXPAT.SetProcessingInstructionHandler(parser, _on_instruction)
        _EXPAT.SetStartDoctypeDeclHandler(parser, _on_doctype)
        status = _EXPAT.Parse(parser, data, <int>len(data), 1)
    finally:
        _EXPAT.ParserFree(parser)
    if reader.error is not None and not isinstance(
        reader.error, (ValueError, ArithmeticError, KeyError)
    ):
        raise reader.error  # MemoryError, KeyboardInterrupt, a bug: not a reason to retry
    if status != PARSE_OK or reader.stopped or not reader.seen_messages:
        return None
    return reader.version_text, reader.message_attributes, reader.responses
