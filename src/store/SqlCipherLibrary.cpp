#include "SqlCipherLibrary.h"

#include <dlfcn.h>

namespace relais {

namespace {

template <typename Fn>
bool resolve(void *handle, Fn &fn, const char *name, QString *missing)
{
    fn = reinterpret_cast<Fn>(dlsym(handle, name));
    if (!fn)
        *missing = QString::fromLatin1(name);
    return fn != nullptr;
}

SqlCipherLibrary load()
{
    SqlCipherLibrary lib;
    void *h = dlopen("libsqlcipher.so.0", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (!h)
        return lib;
    QString missing;
    const bool ok = resolve(h, lib.open_v2, "sqlite3_open_v2", &missing)
        && resolve(h, lib.close_v2, "sqlite3_close_v2", &missing)
        && resolve(h, lib.key, "sqlite3_key", &missing)
        && resolve(h, lib.rekey, "sqlite3_rekey", &missing)
        && resolve(h, lib.exec, "sqlite3_exec", &missing)
        && resolve(h, lib.free, "sqlite3_free", &missing)
        && resolve(h, lib.errmsg, "sqlite3_errmsg", &missing)
        && resolve(h, lib.extended_errcode, "sqlite3_extended_errcode", &missing)
        && resolve(h, lib.busy_timeout, "sqlite3_busy_timeout", &missing)
        && resolve(h, lib.changes, "sqlite3_changes", &missing)
        && resolve(h, lib.total_changes, "sqlite3_total_changes", &missing)
        && resolve(h, lib.last_insert_rowid, "sqlite3_last_insert_rowid", &missing)
        && resolve(h, lib.get_autocommit, "sqlite3_get_autocommit", &missing)
        && resolve(h, lib.prepare_v2, "sqlite3_prepare_v2", &missing)
        && resolve(h, lib.step, "sqlite3_step", &missing)
        && resolve(h, lib.reset, "sqlite3_reset", &missing)
        && resolve(h, lib.finalize, "sqlite3_finalize", &missing)
        && resolve(h, lib.clear_bindings, "sqlite3_clear_bindings", &missing)
        && resolve(h, lib.bind_parameter_count, "sqlite3_bind_parameter_count", &missing)
        && resolve(h, lib.bind_null, "sqlite3_bind_null", &missing)
        && resolve(h, lib.bind_int64, "sqlite3_bind_int64", &missing)
        && resolve(h, lib.bind_double, "sqlite3_bind_double", &missing)
        && resolve(h, lib.bind_text, "sqlite3_bind_text", &missing)
        && resolve(h, lib.bind_blob, "sqlite3_bind_blob", &missing)
        && resolve(h, lib.column_count, "sqlite3_column_count", &missing)
        && resolve(h, lib.column_name, "sqlite3_column_name", &missing)
        && resolve(h, lib.column_decltype, "sqlite3_column_decltype", &missing)
        && resolve(h, lib.column_type, "sqlite3_column_type", &missing)
        && resolve(h, lib.column_int64, "sqlite3_column_int64", &missing)
        && resolve(h, lib.column_double, "sqlite3_column_double", &missing)
        && resolve(h, lib.column_text, "sqlite3_column_text", &missing)
        && resolve(h, lib.column_blob, "sqlite3_column_blob", &missing)
        && resolve(h, lib.column_bytes, "sqlite3_column_bytes", &missing);
    if (!ok) {
        dlclose(h);
        return SqlCipherLibrary{};
    }
    return lib;
}

} // namespace

const SqlCipherLibrary &SqlCipherLibrary::instance()
{
    static const SqlCipherLibrary lib = [] {
        SqlCipherLibrary l = load();
        l.m_loaded = l.open_v2 != nullptr;
        if (!l.m_loaded) {
            const char *e = dlerror();
            l.m_error = e ? QString::fromLocal8Bit(e)
                          : QStringLiteral("libsqlcipher.so.0 lacks an expected symbol");
        }
        return l;
    }();
    return lib;
}

} // namespace relais
