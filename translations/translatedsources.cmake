# The sources whose strings go into the translations, relative to the project's source directory.
function(qronos_translated_sources out_var source_dir)
    file(GLOB_RECURSE files RELATIVE "${source_dir}"
        "${source_dir}/engine/*.cpp" "${source_dir}/engine/*.h"
        "${source_dir}/ui/*.cpp" "${source_dir}/ui/*.h"
        "${source_dir}/app/*.cpp" "${source_dir}/app/*.h")
    list(SORT files)
    set(${out_var} ${files} PARENT_SCOPE)
endfunction()
