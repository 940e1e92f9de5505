#pragma once
// deferred<Tag, T> is T, named through the template parameter Tag. g++ checks
// what a template says about non-dependent types when it reads the template:
// a member `std::vector<record> records_;` instantiates std::vector<record>, and
// every call on it in a member body is resolved, in every unit that includes the
// header. Declared as `deferred<Tag, std::vector<record>> records_;`, the member
// and the calls on it wait until the class is used (docs/compile_time.md).

namespace newsprov::detail {

template <class Tag, class T>
struct deferred_type {
    using type = T;
};

template <class Tag, class T>
using deferred = typename deferred_type<Tag, T>::type;

}  // namespace newsprov::detail
