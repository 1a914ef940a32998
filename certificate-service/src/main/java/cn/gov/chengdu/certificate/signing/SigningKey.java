package cn.gov.chengdu.certificate.signing;

import java.security.PrivateKey;
import java.security.PublicKey;

/** An Ed25519 key pair the service signs certificates with, named by its key id ({@code kid} in a token's header). */
public record SigningKey(String kid, PrivateKey privateKey, PublicKey publicKey) {}
