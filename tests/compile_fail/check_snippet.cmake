# Compile-fail driver: cmake -DCOMPILER=... -DFLAGS=a|b|c -DSNIPPET=file.cpp -P check_snippet.cmake
#
# A snippet declares what must happen when it is compiled:
#   // expect-error: REGEX     compilation fails and the diagnostics match REGEX
#                              (several lines: every one must match)
#   // expect-error-within: N  every expect-error REGEX matches within the first N
#                              lines of the diagnostics (the rule comes first)
#   // expect-error-within-clang: N  the same for clang, when it differs
#                              (a house rule's id: clang names it only in its notes)
#   // expect-lines-at-most: N the whole diagnostics are at most N lines
#   // expect-compile          a positive control: it must compile cleanly
# A snippet of the driver's self-test also says how the driver must judge it:
#   // driver-must-report: REGEX
# and then passes only when the driver rejects the snippet with that reason,
# which proves that the driver can fail.

foreach(var COMPILER SNIPPET)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_snippet.cmake: -D${var}=... is required")
    endif()
endforeach()
string(REPLACE "|" ";" flags "${FLAGS}")

file(STRINGS "${SNIPPET}" expect_errors REGEX "^// expect-error: ")
list(TRANSFORM expect_errors REPLACE "^// expect-error: " "")
file(STRINGS "${SNIPPET}" expect_within REGEX "^// expect-error-within: ")
list(TRANSFORM expect_within REPLACE "^// expect-error-within: " "")
file(STRINGS "${SNIPPET}" expect_within_clang REGEX "^// expect-error-within-clang: ")
list(TRANSFORM expect_within_clang REPLACE "^// expect-error-within-clang: " "")
if(expect_within_clang)
    execute_process(COMMAND "${COMPILER}" --version OUTPUT_VARIABLE compiler_version ERROR_QUIET)
    if(compiler_version MATCHES "clang")
        set(expect_within "${expect_within_clang}")
    endif()
endif()
file(STRINGS "${SNIPPET}" expect_lines REGEX "^// expect-lines-at-most: ")
list(TRANSFORM expect_lines REPLACE "^// expect-lines-at-most: " "")
file(STRINGS "${SNIPPET}" expect_compile REGEX "^// expect-compile[ \t]*$")
file(STRINGS "${SNIPPET}" driver_report REGEX "^// driver-must-report: ")
list(TRANSFORM driver_report REPLACE "^// driver-must-report: " "")

execute_process(
    COMMAND "${COMPILER}" ${flags} -fsyntax-only -x c++ "${SNIPPET}"
    RESULT_VARIABLE compile_result
    OUTPUT_VARIABLE compile_output
    ERROR_VARIABLE compile_output)

set(verdict "")
if(expect_errors AND expect_compile)
    set(verdict "snippet declares both expect-error and expect-compile")
elseif(NOT expect_errors AND NOT expect_compile)
    set(verdict "snippet declares neither expect-error nor expect-compile")
elseif(expect_compile)
    if(NOT compile_result EQUAL 0)
        set(verdict "positive control failed to compile")
    endif()
else()
    if(compile_result EQUAL 0)
        set(verdict "snippet compiled but was expected to fail")
    else()
        foreach(pattern IN LISTS expect_errors)
            if(NOT compile_output MATCHES "${pattern}")
                set(verdict "compilation failed but the message did not match: ${pattern}")
                break()
            endif()
        endforeach()
        if(verdict STREQUAL "" AND expect_within)
            list(GET expect_within 0 within)
            # The first N lines of the output (lines, not list items: ';' may occur in messages).
            set(head "")
            set(rest "${compile_output}")
            foreach(i RANGE 1 ${within})
                string(FIND "${rest}" "\n" newline)
                if(newline EQUAL -1)
                    string(APPEND head "${rest}")
                    set(rest "")
                    break()
                endif()
                math(EXPR after "${newline} + 1")
                string(SUBSTRING "${rest}" 0 ${after} line)
                string(APPEND head "${line}")
                string(SUBSTRING "${rest}" ${after} -1 rest)
            endforeach()
            foreach(pattern IN LISTS expect_errors)
                if(NOT head MATCHES "${pattern}")
                    set(verdict "the message matched, but not within the first ${within} lines: ${pattern}")
                    break()
                endif()
            endforeach()
        endif()
        if(verdict STREQUAL "" AND expect_lines)
            list(GET expect_lines 0 most)
            string(REGEX MATCHALL "\n" newlines "${compile_output}")
            list(LENGTH newlines lines)
            if(lines GREATER most)
                set(verdict "the diagnostics take ${lines} lines, more than ${most}")
            endif()
        endif()
    endif()
endif()

get_filename_component(name "${SNIPPET}" NAME)
if(driver_report)
    # Self-test mode: the driver must have rejected the snippet, for the stated reason.
    if(verdict STREQUAL "")
        message(FATAL_ERROR "${name}: driver accepted a snippet it must reject")
    elseif(NOT verdict MATCHES "${driver_report}")
        message(FATAL_ERROR "${name}: driver rejected it, but for another reason: ${verdict}")
    endif()
    message(STATUS "${name}: driver rejected it as expected: ${verdict}")
elseif(NOT verdict STREQUAL "")
    message(FATAL_ERROR "${name}: ${verdict}\n--- compiler output ---\n${compile_output}")
else()
    message(STATUS "${name}: ok")
endif()
