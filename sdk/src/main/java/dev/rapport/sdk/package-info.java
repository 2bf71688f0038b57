/**
 * The Rapport SDK: what plugin authors build against. A plugin extends {@link dev.rapport.sdk.RapportPlugin},
 * receives a {@link dev.rapport.sdk.PluginContext} and contributes extensions from
 * {@link dev.rapport.sdk.extension}. The SDK's version ({@link dev.rapport.sdk.SdkVersion}) follows SemVer:
 * a plugin built against 1.x runs on every 1.y with y at least x.
 *
 * @since 1.0.0
 */
package dev.rapport.sdk;
