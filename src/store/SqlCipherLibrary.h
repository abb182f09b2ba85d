#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace relais {

/// The SQLCipher C API, resolved at run time from libsqlcipher.so.0 loaded with
/// RTLD_LOCAL | RTLD_DEEPBIND. libsqlcipher and the system libsqlite3 (pulled in by Qt's QSQLITE
/// plugin) export the same symbols; binding them at link time lets one silently replace the other,
/// and in one order the "encrypted" database was written in plaintext. Here every call goes
/// through these pointers, which can only come from SQLCipher.
struct SqlCipherLibrary {
    using destructor = void (*)(void *);
    int (*open_v2)(const char *, sqlite3 **, int, const char *) = nullptr;
    int (*close_v2)(sqlite3 *) = nullptr;
    int (*key)(sqlite3 *, const void *, int) = nullptr;
    int (*rekey)(sqlite3 *, const void *, int) = nullptr;
    int (*exec)(sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **) = nullptr;
    void (*free)(void *) = nullptr;
    const char *(*errmsg)(sqlite3 *) = nullptr;
    int (*extended_errcode)(sqlite3 *) = nullptr;
    int (*busy_timeout)(sqlite3 *, int) = nullptr;
    int (*changes)(sqlite3 *) = nullptr;
    int (*total_changes)(sqlite3 *) = nullptr;
    long long (*last_insert_rowid)(sqlite3 *) = nullptr;
    int (*get_autocommit)(sqlite3 *) = nullptr;
    int (*prepare_v2)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **) = nullptr;
    int (*step)(sqlite3_stmt *) = nullptr;
    int (*reset)(sqlite3_stmt *) = nullptr;
    int (*finalize)(sqlite3_stmt *) = nullptr;
    int (*clear_bindings)(sqlite3_stmt *) = nullptr;
    int (*bind_parameter_count)(sqlite3_stmt *) = nullptr;
    int (*bind_null)(sqlite3_stmt *, int) = nullptr;
    int (*bind_int64)(sqlite3_stmt *, int, long long) = nullptr;
    int (*bind_double)(sqlite3_stmt *, int, double) = nullptr;
    int (*bind_text)(sqlite3_stmt *, int, const char *, int, destructor) = nullptr;
    int (*bind_blob)(sqlite3_stmt *, int, const void *, int, destructor) = nullptr;
    int (*column_count)(sqlite3_stmt *) = nullptr;
    const char *(*column_name)(sqlite3_stmt *, int) = nullptr;
    const char *(*column_decltype)(sqlite3_stmt *, int) = nullptr;
    int (*column_type)(sqlite3_stmt *, int) = nullptr;
    long long (*column_int64)(sqlite3_stmt *, int) = nullptr;
    double (*column_double)(sqlite3_stmt *, int) = nullptr;
    const unsigned char *(*column_text)(sqlite3_stmt *, int) = nullptr;
    const void *(*column_blob)(sqlite3_stmt *, int) = nullptr;
    int (*column_bytes)(sqlite3_stmt *, int) = nullptr;

    /// The process-wide instance; loads the library on first use. Never null: check isLoaded().
    static const SqlCipherLibrary &instance();
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_error; }

private:
    bool m_loaded = false;
    QString m_error;
};

} // namespace relais
