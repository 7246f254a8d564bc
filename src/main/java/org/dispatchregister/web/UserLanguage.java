package org.dispatchregister.web;

import java.util.Optional;

/**
 * The language the signed-in user chose (My account), if any. Implemented by the users feature, which
 * sits above web: web asks through this interface instead of importing it.
 */
public interface UserLanguage {

    Optional<Language> chosen();
}
