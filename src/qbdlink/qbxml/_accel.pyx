# cython: language_level=3, boundscheck=False, wraparound=False
"""Compiled fast path of ``Decoder.decode_trusted``: walks libxml2 nodes directly.

The pure-Python decoder spends most of its time creating an lxml proxy, a tag string and a text
string per element. This module reads the libxml2 tree that lxml already built, through lxml's
public C API, reuses one string per element name, and builds the same dicts. Anything unusual
(attributes, unknown elements, values the fast converters refuse, interleaved children, mixed
text) is handed back to the Python decoder for that element, so results and error messages are
the same by construction; the tests compare both paths.
"""

from cpython.dict cimport PyDict_GetItem, PyDict_SetItem
from cpython.list cimport PyList_Append
from cpython.ref cimport PyObject
from cpython.unicode cimport PyUnicode_AsUTF8, PyUnicode_DecodeUTF8
from libc.stdint cimport uintptr_t
from libc.string cimport strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Element, elementFactory, import_lxml__etree

import_lxml__etree()

from sys import intern

DEF SLOTS = 512
cdef Py_ssize_t _CACHE_LIMIT = 4096
# Converted values by converter and text, shared by every decode: the values are immutable
# (Decimal, date, datetime, bool, int), so one page's "0.00" serves the next page too.
cdef dict _SHARED_VALUES = {}


cdef inline str _utf8(const tree.xmlChar* text):
    return PyUnicode_DecodeUTF8(<const char*>text, strlen(<const char*>text), NULL)


cdef inline bint _is_text(tree.xmlNode* node):
    return node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE


cdef class WalkState:
    """Per-document state: element-name cache, converted-value caches, the Python fallback."""

    cdef const tree.xmlChar* _keys[SLOTS]
    cdef list _names
    cdef dict _values
    cdef object fallback
    cdef object record_type

    def __cinit__(self, object fallback, object record_type):
        self._names = [None] * SLOTS
        self._values = _SHARED_VALUES
        self.fallback = fallback
        self.record_type = record_type
        for slot in range(SLOTS):
            self._keys[slot] = NULL

    cdef inline object name_of(self, const tree.xmlChar* c_name):
        # libxml2 interns names per document, so the pointer is a cheap key; the text is
        # compared on every hit, so a reused address can never yield a wrong name.
        cdef Py_ssize_t slot = (<uintptr_t>c_name >> 4) % SLOTS
        cdef object name
        if self._keys[slot] == c_name:
            name = self._names[slot]
            if strcmp(PyUnicode_AsUTF8(name), <const char*>c_name) == 0:
                return name
        name = intern(_utf8(c_name))
        self._keys[slot] = c_name
        self._names[slot] = name
        return name

    cdef inline object convert(self, object convert, object text):
        # Converted values are immutable (Decimal, date, datetime, bool, int) and QuickBooks
        # repeats them a lot (0.00, rents, dates): one object per distinct text.
        cdef PyObject* found = PyDict_GetItem(self._values, convert)
        cdef dict cache
        if found is NULL:
            cache = {}
            self._values[convert] = cache
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


cdef object _walk(WalkState state, _Element root, tree.xmlNode* c_node, object plan_object,
                  object record_name):
    cdef tuple plan = <tuple>plan_object
    cdef dict children = <dict>plan[0]
    cdef dict out
    cdef tree.xmlNode* child = c_node.children
    cdef tree.xmlNode* text_node
    cdef PyObject* entry_pointer
    cdef tuple entry
    cdef long index
    cdef long last_index = -1
    cdef object name, value, sub, convert, existing, text
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
        name = state.name_of(child.name)
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
                text = ""
            elif text_node.next is NULL and _is_text(text_node):
                text = _utf8(text_node.content)
            else:
                return _fallback(state, root, c_node, plan_object, record_name)
            convert = entry[2]
            if convert is None:
                value = text
            elif text:
                try:
                    value = state.convert(convert, text)
                except (ValueError, ArithmeticError, KeyError):
                    return _fallback(state, root, c_node, plan_object, record_name)
            else:
                value = None
        if entry[3]:
            existing = out.get(name)
            if existing is None:
                out[name] = [value]
            else:
                PyList_Append(existing, value)
        elif name in out:
            return _fallback(state, root, c_node, plan_object, record_name)
        else:
            out[name] = value
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
