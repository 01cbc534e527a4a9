# cmake -DCLI=<registrydesk-cli> -DOUTPUT=<file> -P ManPageCommands.cmake
# Writes a help2man include file with a "COMMANDS IN DETAIL" section: every command's own help, in English, as
# the CLI declares its commands (registrydesk-cli --man-page-section prints it).
set(ENV{LANG} C.UTF-8)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
execute_process(COMMAND ${CLI} --man-page-section OUTPUT_VARIABLE text RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT text MATCHES "^\\[COMMANDS IN DETAIL\\]")
    message(FATAL_ERROR "${CLI} --man-page-section failed")
endif()
file(WRITE ${OUTPUT} "${text}")
