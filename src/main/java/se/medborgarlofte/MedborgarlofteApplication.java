package se.medborgarlofte;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Medborgarlöfte: the citizen-promise platform for kommuner and their local police areas. */
@SpringBootApplication
@EnableScheduling
public class MedborgarlofteApplication {

  public static void main(String[] args) {
    SpringApplication.run(MedborgarlofteApplication.class, args);
  }
}
